import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';
import { presets } from './presets';

const fetcher = async (params: unknown) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql') as HTMLElement).render(<GraphiQL fetcher={fetcher} defaultTabs={presets()} />);
