// Example operations GraphiQL opens with: one tab each, against the seed graph.
export const graphiqlExamples = [
  `# Who signed the US–Ukraine agreement, when, and the source sentence
query AgreementSigners {
  search(query: "accord de sécurité", types: [Agreement], first: 3) {
    score
    entity {
      entityId
      name
      relations(direction: IN, types: [SIGNED, PARTY_TO]) {
        other { id name }
        edge { type date datePrecision sources { quote article { title publishedAt } } }
      }
    }
  }
}`,
  `query Search {
  search(query: "zelenskyy", first: 5) { score entity { entityId type name aliases } }
}`,
  `query Neighborhood {
  neighborhood(ids: ["country:UA"], depth: 2, limit: 100) {
    truncated
    nodes { id type name }
    edges { id type source target date }
  }
}`,
  `query Path {
  paths(from: "official:lloyd-austin", to: "official:volodymyr-zelensky", maxHops: 4) {
    nodes { id name } edges { type source target date }
  }
}`,
  `query Stats {
  stats { nodes { label count } relationships { type count } }
}`,
];
