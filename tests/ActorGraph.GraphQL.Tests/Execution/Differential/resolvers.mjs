// graphql-js resolvers over data.json; the C# twin is DifferentialSchema.cs. Keep both in step.
import { GraphQLError } from 'graphql';

const fail = (message, code) => new GraphQLError(message, { extensions: { code } });

export function createRoot(data) {
  const actor = (id) => data.actors.find((a) => a.id === id) ?? null;
  const country = (id) => data.countries.find((c) => c.id === id) ?? null;
  const document = (id) => data.documents.find((d) => d.id === id) ?? null;
  const relationship = (id) => data.relationships.find((r) => r.id === id) ?? null;
  const anyNode = (id) => actor(id) ?? country(id) ?? document(id) ?? relationship(id);
  const typeOf = (value) =>
    ({ a: 'Actor', c: 'Country', d: 'Document', r: 'Relationship' })[value.id[0]];

  const resolvers = {
    Query: {
      hello: () => 'world',
      count: () => data.actors.length,
      actor: (_, { id }) => actor(id),
      actorBy: (_, { by }) => (by.id != null ? actor(by.id) : data.actors.find((a) => a.name === by.name) ?? null),
      actors: (_, { filter, first }) =>
        data.actors
          .filter((a) => !filter || filter.role == null || a.role === filter.role)
          .filter((a) => !filter || filter.nameContains == null || a.name.includes(filter.nameContains))
          .filter((a) => !filter || filter.minScore == null || (a.score ?? 0) >= filter.minScore)
          .filter((a) => !filter || filter.countries == null || filter.countries.includes(a.countryId))
          .slice(0, first ?? data.actors.length),
      node: (_, { id }) => anyNode(id),
      nodes: (_, { ids }) => ids.map(anyNode),
      search: (_, { text }) =>
        [...data.actors, ...data.countries, ...data.documents].filter((x) =>
          x.name.toLowerCase().includes(text.toLowerCase()),
        ),
      echo: (_, args) => args,
      mustFail: () => {
        throw fail('The root field failed.', 'ROOT_FAILURE');
      },
      mayFail: () => {
        throw fail('The nullable root field failed.', 'ROOT_FAILURE');
      },
    },
    Mutation: {
      rename: (_, { id, name }) => {
        const a = actor(id);
        if (a) a.name = name;
        return a;
      },
      addAlias: (_, { id, alias }) => {
        const a = actor(id);
        if (!a) throw fail(`No actor ${id}.`, 'NOT_FOUND');
        a.aliases.push(alias);
        return a.aliases;
      },
      failAlways: () => {
        throw fail('This mutation always fails.', 'MUTATION_FAILURE');
      },
    },
    Actor: {
      country: (a) => (a.countryId == null ? null : country(a.countryId)),
      relationships: (a, { first, kind }) =>
        data.relationships
          .filter((r) => r.sourceId === a.id && (kind == null || r.kind === kind))
          .slice(0, first ?? undefined),
      mentor: (a) => (a.mentorId == null ? null : actor(a.mentorId)),
      failing: (a) => {
        throw fail(`Actor ${a.id} failed.`, 'ACTOR_FAILURE');
      },
      failingNonNull: (a) => {
        throw fail(`Actor ${a.id} failed hard.`, 'ACTOR_FAILURE');
      },
      nullNonNull: () => null,
      tags: (a, { prefix }) => (a.tags == null ? null : a.tags.map((t) => (t == null || prefix == null ? t : prefix + t))),
      badInt: () => 1.5,
      deep: (a) => a,
    },
    Country: {
      neighbours: (c) => (c.neighbourIds == null ? null : c.neighbourIds.map(country)),
    },
    Relationship: {
      source: (r) => actor(r.sourceId),
      target: (r) => actor(r.targetId),
    },
    Evidence: {
      document: (e) => document(e.documentId),
    },
  };
  return { resolvers, typeOf };
}
