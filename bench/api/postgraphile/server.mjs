// The PostGraphile server bench/api/run measures beside the API: grafserv on Node's own http server, as the
// PostGraphile 5 documentation sets it up. Listens on HOST:PORT (127.0.0.1:5392) and answers POST /graphql.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 5392);

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, host, () => console.log(`PostGraphile on http://${host}:${port}/graphql`));

// The bench stops it with SIGTERM: close the pool and the server before leaving.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    server.close();
    await pgl.release();
    process.exit(0);
  });
}
