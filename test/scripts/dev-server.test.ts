/**
 * `npm start`'s development server accepts the pane and its live reload on https://localhost:3000,
 * as the README says (it listens on 127.0.0.1). Checked on the options webpack-dev-server receives,
 * with its own Host/Origin checks, without starting it.
 */
import path from "node:path";

type Headers = Record<string, string>;
interface DevServerChecks {
  isValidHost(headers: Headers, header: string, validateHost?: boolean): boolean;
  isSameOrigin(headers: Headers): boolean;
}
type ServerClass = new (options: object, compiler: object) => DevServerChecks;
type ConfigFn = (
  env: object,
  argv: { mode: string },
) => { devServer: object & { client?: { webSocketURL?: string }; host?: string } };

/* eslint-disable @typescript-eslint/no-require-imports */
const config = (require(path.resolve(__dirname, "../../webpack.config.js")) as ConfigFn)({}, { mode: "development" });
const Server = require("webpack-dev-server") as ServerClass;
/* eslint-enable @typescript-eslint/no-require-imports */

const silent = {
  getInfrastructureLogger: () => ({
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    log: () => undefined,
  }),
};

describe("serveur de développement (npm start)", () => {
  const server = new Server(config.devServer, silent);
  const accepted = (h: Headers): boolean =>
    server.isValidHost(h, "host") && server.isValidHost(h, "origin") && server.isSameOrigin(h);

  it("accepte le rechargement à chaud du volet ouvert sur https://localhost:3000", () => {
    expect(config.devServer.client?.webSocketURL).toBe("wss://localhost:3000/ws");
    expect(accepted({ host: "localhost:3000", origin: "https://localhost:3000" })).toBe(true);
    // Even when the client reaches the listening address while the page is on localhost.
    expect(accepted({ host: "127.0.0.1:3000", origin: "https://localhost:3000" })).toBe(true);
  });

  it("refuse toujours une page d'un autre site", () => {
    expect(accepted({ host: "localhost:3000", origin: "https://malveillant.example" })).toBe(false);
    expect(config.devServer.host).toBe("127.0.0.1");
  });
});
