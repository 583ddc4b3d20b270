export function DeploymentOverviewRoute() {
  return <p>Overview</p>;
}
