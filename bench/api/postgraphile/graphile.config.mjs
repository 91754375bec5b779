// PostGraphile 5 as a developer would set it up over OpenData's PostgreSQL database: the amber preset, its
// generated schema named from the tables EF creates, read-only (the bench only asks questions), no GraphiQL.
// DATABASE_URL names the database; bench/api/run sets it to the one the API serves in the same run.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { jsonPgSmartTags } from "postgraphile/utils";

if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: it names the PostgreSQL database PostGraphile serves");
}

// PostGraphile offers conditions only on indexed columns; "in force" (WithdrawnAt is null) is how OpenData filters
// promises, so the bench tags that one column, in its own config and never in the project's schema.
const BenchSmartTags = jsonPgSmartTags({
  version: 1,
  config: { class: { Promises: { attribute: { WithdrawnAt: { tags: { isIndexed: true } } } } } },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [BenchSmartTags],
  // Mutations are left out: the API the bench compares with has none, and they only lengthen schema building.
  disablePlugins: ["MutationPlugin"],
  // node-postgres's own pool (10 connections), as PostGraphile's documentation leaves it: the bench compares the tools
  // as one would first run them.
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
};

export default preset;
