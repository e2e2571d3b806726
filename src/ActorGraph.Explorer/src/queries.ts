// Every query the explorer sends; all go through the public GraphQL API.

export const startupQuery = /* GraphQL */ `
  query ExplorerStartup {
    vocabulary(category: INTERACTION) { code label description symmetric }
    stats { earliestDate latestDate }
  }
`;

export const searchActorsQuery = /* GraphQL */ `
  query SearchActors($search: String!) {
    actors(search: $search, first: 25, orderBy: { field: DEGREE, direction: DESC }) {
      totalCount
      nodes { id key name aliases kind country degree }
    }
  }
`;

export const neighbourhoodQuery = /* GraphQL */ `
  query Neighbourhood($ids: [ID!]!, $depth: Int!) {
    neighbourhood(ids: $ids, depth: $depth, limit: 300) {
      truncated
      nodes { id label kind depth }
      edges { id source target type label start end modality confidence weight relationship { id } }
    }
  }
`;

export const evidenceQuery = /* GraphQL */ `
  query Evidence($id: ID!) {
    relationship(id: $id) {
      id
      type
      label
      date
      effectiveDate
      reportedOn
      modality
      attribution
      confidence
      place
      source { name }
      target { name }
      evidence {
        quote
        start
        end
        document { title publisher publishedOn url text }
      }
    }
  }
`;

export const pathsQuery = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $types: [String!], $maxLength: Int!, $timeRespecting: Boolean!, $window: DateWindowInput) {
    paths(from: $from, to: $to, types: $types, maxLength: $maxLength, timeRespecting: $timeRespecting, window: $window, limit: 5) {
      truncated
      paths {
        length
        start
        end
        actors { id name kind }
        steps {
          forward
          relationship {
            id type typeInfo { label } modality confidence evidenceCount
            period { start end }
            effectiveDate
            source { id }
            target { id }
          }
        }
      }
    }
  }
`;
