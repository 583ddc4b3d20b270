import { Component, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

interface SectionBoundaryProps {
  /** What the user would call this part of the page: "Resource allocation", "the row of fraudmodel". */
  name: string;
  /** A new value (e.g. the time of the latest answer) tries again: the part heals when the data does. */
  resetKey: unknown;
  /** The contained message in another shape (a table row); the default is an alert. */
  renderFallback?: (message: string) => ReactNode;
  children: ReactNode;
}

interface SectionBoundaryState {
  error: Error | null;
}

export function containedErrorMessage(name: string, error: Error): string {
  return `${name} could not be shown (${error.message || 'unexpected data'}). The rest of the page still works, and this part shows again when the data can be read.`;
}

/**
 * Keeps a value that cannot be read or drawn inside the part of the page that shows it: that part says so,
 * everything around it (and the polling above it) carries on.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, SectionBoundaryState> {
  state: SectionBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): SectionBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidUpdate(previous: SectionBoundaryProps) {
    if (this.state.error && !Object.is(previous.resetKey, this.props.resetKey)) this.setState({ error: null });
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const message = containedErrorMessage(this.props.name, error);
    if (this.props.renderFallback) return this.props.renderFallback(message);
    return (
      <Alert severity="warning" variant="outlined">
        <AlertTitle>{this.props.name} could not be shown</AlertTitle>
        {message}
      </Alert>
    );
  }
}
