/**
 * GraphiQL's opening document: operations an analyst can run at once, each named so the run button offers a choice.
 * tests/graphql/serving.test.ts validates it against the schema and runs every operation.
 */
export const GRAPHIQL_DEFAULT_QUERY = `# Welcome to newsgraph. Press the run button and pick an operation.
# Docs (the book icon) lists every type and field; limits on depth, aliases and cost apply to every query.

# The 20 newest articles, with where they came from.
query LatestArticles {
  articles(first: 20, orderBy: NEWEST) {
    edges {
      node {
        title
        url
        publishedAt
        language
        source { name country }
        feeds { title url }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# Full-text search: words, "a phrase", prefix*, OR, -excluded. Matches are wrapped in <mark> in the snippet.
query Search {
  search(query: "election OR vote*", first: 10) {
    edges {
      node {
        score
        snippet
        article { title url publishedAt source { name } }
      }
    }
  }
}

# The hottest stories: many sources, recently. Each with its first reporter and how the world reacted.
query HotStories {
  stories(orderBy: HOT, first: 10) {
    edges {
      node {
        id
        title
        articleCount
        sourceCount
        lastUpdatedAt
        firstReporter { source { name } publishedAt }
        reactions { actor { name } stance evidence }
        related(first: 3) { score node { title } }
      }
    }
  }
}

# Feeds whose last fetch failed, and when each is tried again.
query FeedHealth {
  feeds(filter: { health: FAILING }, first: 50) {
    edges {
      node {
        url
        title
        source { name }
        health {
          status
          errorCount
          lastFetchedAt
          lastSuccessAt
          nextFetchAt
          nextFetchReason
          lastError { code at }
        }
      }
    }
  }
}

# New articles as ingestion stores them (server-sent events); narrow with sources, languages or a text query.
subscription ArticleAdded {
  articleAdded(filter: { languages: ["en"] }) {
    title
    url
    source { name }
  }
}
`;
