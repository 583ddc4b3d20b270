/** The console server's URL layout below BASE_PATH ('' or '/serving-console'). */
export function paths(basePath: string) {
  return {
    root: `${basePath}/`,
    hopsworksApi: `${basePath}/hopsworks-api/api`,
    session: `${basePath}/console-api/session`,
    config: `${basePath}/config.json`,
  };
}
