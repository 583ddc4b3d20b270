declare module 'rison-node' {
  export function encode(value: unknown): string;
  export function decode(text: string): unknown;
  export function encode_object(value: object): string;
  export function decode_object(text: string): unknown;
  export function encode_array(value: unknown[]): string;
  export function decode_array(text: string): unknown[];
  export function encode_uri(value: unknown): string;
  const rison: {
    encode: typeof encode;
    decode: typeof decode;
    encode_uri: typeof encode_uri;
  };
  export default rison;
}
