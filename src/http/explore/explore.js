// The graph explorer: lists the hottest stories (or those matching a search), draws a story's related graph, and
// grows it as nodes are clicked. Talks to the GraphQL API only; builds the DOM with textContent, never from HTML.
import cytoscape from './vendor/cytoscape.esm.min.mjs';

const GRAPHQL_URL = new URL('../graphql', import.meta.url);
const STORY_DEPTH = 2;
const STORY_LIMIT = 100;
/** Nodes one click may add (the clicked node included). */
const EXPAND_LIMIT = 40;
const LIST_SIZE = 20;

const STORIES = `query ExplorerStories($query: String, $first: Int!) {
  stories(first: $first, filter: { query: $query }) {
    edges { node { id title articleCount sourceCount lastUpdatedAt } }
  }
}`;

const GRAPH = `query ExplorerGraph($root: ID!, $depth: Int!, $limit: Int!) {
  relatedGraph(root: $root, depth: $depth, limit: $limit) {
    truncated
    nodes {
      id kind label depth
      node {
        __typename id
        ... on Article { title url publishedAt source { name } }
        ... on Story { title summary articleCount sourceCount lastUpdatedAt centralArticle { url } }
        ... on Entity { name entityKind: kind key country }
        ... on Topic { name slug description }
      }
    }
    edges { source target kind weight reasons { sharedTerms sharedTopics timeGapHours sharedEntities { name } } }
  }
}`;

const $ = (id) => document.getElementById(id);

// A server with API_REQUIRE_KEY on answers 401 without a key. The key the user gives is kept for this tab only
// (sessionStorage, never localStorage) and sent as a Bearer token.
const KEY_STORE = 'newsgraph.explorer.apiKey';
const storedKey = () => sessionStorage.getItem(KEY_STORE);

async function gql(query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const key = storedKey();
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(GRAPHQL_URL, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  if (res.status === 401) {
    // A refused key is dropped, so the next request does not send it again.
    if (key) sessionStorage.removeItem(KEY_STORE);
    showKeyForm(true);
    throw new Error(key ? 'The server refused this API key: enter another one above.' : 'This server needs an API key: enter one above.');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`the API answered ${res.status} ${res.statusText}`);
  }
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body.data) throw new Error(`the API answered ${res.status}`);
  return body.data;
}

function showKeyForm(show) {
  $('key-form').hidden = !show;
  $('forget-key').hidden = show || !storedKey();
  if (show) $('api-key').focus();
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Only http(s) links are shown as links. */
function safeHref(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const shortLabel = (text) => (text.length > 42 ? `${text.slice(0, 40)}…` : text);
const when = (iso) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '');

const cy = cytoscape({
  container: $('graph'),
  elements: [],
  minZoom: 0.15,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        color: '#1c1f24',
        width: 16,
        height: 16,
        'background-color': '#8a9099',
      },
    },
    { selector: 'node[kind = "story"]', style: { 'background-color': '#d9822b', width: 28, height: 28 } },
    { selector: 'node[kind = "article"]', style: { 'background-color': '#2b6cb0', shape: 'round-rectangle' } },
    { selector: 'node[kind = "entity"]', style: { 'background-color': '#2f855a', shape: 'diamond' } },
    { selector: 'node[kind = "topic"]', style: { 'background-color': '#805ad5', shape: 'hexagon' } },
    { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#1c1f24' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e53e3e' } },
    {
      selector: 'edge',
      style: { width: 'mapData(weight, 0, 1, 0.6, 4)', 'line-color': '#c3c8d0', 'curve-style': 'straight', opacity: 0.85 },
    },
    { selector: 'edge[kind = "related_story"], edge[kind = "related_article"]', style: { 'line-color': '#e3a467' } },
    { selector: 'edge[kind = "in_story"]', style: { 'line-color': '#9ec5ec' } },
    { selector: 'edge[kind = "duplicate_of"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'line-color': '#e53e3e' } },
  ],
});

/** Bumped by every full redraw, so an answer to an older request is dropped. */
let generation = 0;
let busy = 0;

function setBusy(delta) {
  busy += delta;
  $('graph-pane').toggleAttribute('data-busy', busy > 0);
}

function setStatus(text, error = false) {
  const s = $('graph-status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

function updateCounts() {
  $('node-count').value = String(cy.nodes().length);
  $('edge-count').value = String(cy.edges().length);
}

function nodeElement(n) {
  return { group: 'nodes', data: { id: n.id, kind: n.kind.toLowerCase(), label: n.label, short: shortLabel(n.label), depth: n.depth, detail: n.node } };
}

function edgeElement(e) {
  return {
    group: 'edges',
    data: { id: `${e.kind}|${e.source}|${e.target}`, source: e.source, target: e.target, kind: e.kind.toLowerCase(), weight: e.weight, reasons: e.reasons },
  };
}

/** Edges whose ends are both drawn, and not drawn already (either way round). */
function newEdges(edges) {
  return edges.filter((e) => {
    if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) return false;
    return cy.getElementById(`${e.kind}|${e.source}|${e.target}`).empty() && cy.getElementById(`${e.kind}|${e.target}|${e.source}`).empty();
  });
}

function runLayout(options) {
  const layout = cy.layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Replaces the graph with a story's (or any node's) neighbourhood. */
async function draw(rootId) {
  const mine = ++generation;
  setBusy(1);
  setStatus('Loading graph…');
  try {
    const { relatedGraph: g } = await gql(GRAPH, { root: rootId, depth: STORY_DEPTH, limit: STORY_LIMIT });
    if (mine !== generation) return;
    cy.elements().remove();
    cy.add(g.nodes.map(nodeElement));
    cy.add(newEdges(g.edges).map(edgeElement));
    const root = cy.getElementById(rootId);
    const rootNode = root.nonempty() ? root : cy.nodes().filter((n) => n.data('depth') === 0);
    rootNode.addClass('root');
    // Rings by depth first (deterministic), then a force-directed pass from there to pull related nodes together.
    await runLayout({ name: 'concentric', concentric: (n) => 10 - n.data('depth'), levelWidth: () => 1, minNodeSpacing: 14, animate: false, fit: false });
    await runLayout({ name: 'cose', randomize: false, animate: false, fit: true, padding: 30, nodeRepulsion: () => 9000, idealEdgeLength: () => 70 });
    if (mine !== generation) return;
    updateCounts();
    setStatus(`${plural(g.nodes.length, 'node')}${g.truncated ? ' (cut at the node limit)' : ''}. Click a node to load its neighbours.`);
    if (rootNode.nonempty()) showDetails(rootNode[0]);
  } catch (e) {
    if (mine === generation) setStatus(`Could not load the graph: ${e.message}`, true);
  } finally {
    setBusy(-1);
  }
}

/** Adds a node's neighbours around it; the rest of the graph stays where it is. */
async function expand(node) {
  if (node.data('expanded')) return;
  const mine = generation;
  setBusy(1);
  setStatus(`Loading the neighbours of “${shortLabel(node.data('label'))}”…`);
  try {
    const { relatedGraph: g } = await gql(GRAPH, { root: node.id(), depth: 1, limit: EXPAND_LIMIT });
    if (mine !== generation || node.removed()) return;
    const fresh = g.nodes.filter((n) => cy.getElementById(n.id).empty());
    const center = node.position();
    const radius = 60 + fresh.length * 4;
    const depth = node.data('depth') + 1;
    cy.add(
      fresh.map((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
        return { ...nodeElement({ ...n, depth }), position: { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) } };
      }),
    );
    cy.add(newEdges(g.edges).map(edgeElement));
    node.data('expanded', true);
    updateCounts();
    setStatus(fresh.length ? `Added ${plural(fresh.length, 'neighbour')}.` : 'No new neighbours.');
    if (fresh.length) cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 40 } }, { duration: 250 });
    if (node.selected()) showDetails(node);
  } catch (e) {
    setStatus(`Could not load neighbours: ${e.message}`, true);
  } finally {
    setBusy(-1);
  }
}

function row(dl, term, value) {
  if (value == null || value === '') return;
  dl.append(el('dt', {}, term), el('dd', {}, value instanceof Node ? value : String(value)));
}

function link(url, text) {
  const href = url && safeHref(url);
  return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : null;
}

function showDetails(node) {
  const d = node.data();
  const detail = d.detail ?? {};
  const body = $('detail-body');
  const dl = el('dl');
  const kind = d.kind;
  row(dl, 'Kind', kind);
  if (kind === 'article') {
    row(dl, 'Source', detail.source?.name);
    row(dl, 'Published', when(detail.publishedAt));
    row(dl, 'Link', link(detail.url, detail.url ?? ''));
  } else if (kind === 'story') {
    row(dl, 'Articles', detail.articleCount);
    row(dl, 'Sources', detail.sourceCount);
    row(dl, 'Updated', when(detail.lastUpdatedAt));
    row(dl, 'Link', link(detail.centralArticle?.url, 'central article'));
  } else if (kind === 'entity') {
    row(dl, 'Type', detail.entityKind?.toLowerCase());
    row(dl, 'Key', detail.key);
    row(dl, 'Country', detail.country);
  } else if (kind === 'topic') {
    row(dl, 'Slug', detail.slug);
  }
  row(dl, 'Depth', d.depth);
  row(dl, 'Connections', node.degree(false));
  row(dl, 'Id', d.id);
  const summary = kind === 'story' ? detail.summary : kind === 'topic' ? detail.description : null;
  const parts = [el('span', { class: `kind-badge ${kind}` }, kind), el('h3', { id: 'detail-title' }, d.label)];
  if (summary) parts.push(el('p', {}, summary));
  parts.push(dl, el('button', { type: 'button', onclick: () => pickRoot(d.id) }, 'Draw its graph'));
  body.replaceChildren(...parts);
  body.dataset.nodeId = d.id;
}

function showEdge(edge) {
  const d = edge.data();
  const r = d.reasons;
  const dl = el('dl');
  row(dl, 'Kind', d.kind.replace('_', ' '));
  row(dl, 'Weight', d.weight.toFixed(3));
  if (r) {
    row(dl, 'Shared entities', r.sharedEntities.map((e) => e.name).join(', '));
    row(dl, 'Shared terms', r.sharedTerms.join(', '));
    row(dl, 'Shared topics', r.sharedTopics.join(', '));
    row(dl, 'Time gap', `${Math.round(r.timeGapHours)} h`);
  }
  $('detail-body').replaceChildren(
    el('h3', {}, `${edge.source().data('short')} — ${edge.target().data('short')}`),
    dl,
  );
  delete $('detail-body').dataset.nodeId;
}

cy.on('tap', 'node', (evt) => {
  const node = evt.target;
  cy.elements(':selected').unselect();
  node.select();
  showDetails(node);
  void expand(node);
});
cy.on('tap', 'edge', (evt) => showEdge(evt.target));

function pickRoot(id) {
  for (const b of document.querySelectorAll('#story-list button')) b.setAttribute('aria-pressed', String(b.dataset.id === id));
  if (decodeURIComponent(location.hash.slice(1)) !== id) history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  void draw(id);
}

let listGeneration = 0;

async function loadStories(query) {
  const mine = ++listGeneration;
  const status = $('stories-status');
  $('stories-heading').textContent = query ? 'Matching stories' : 'Hottest stories';
  status.textContent = 'Loading…';
  status.classList.remove('error');
  try {
    const data = await gql(STORIES, { query: query || null, first: LIST_SIZE });
    if (mine !== listGeneration) return;
    const stories = data.stories.edges.map((e) => e.node);
    const current = decodeURIComponent(location.hash.slice(1));
    $('story-list').replaceChildren(
      ...stories.map((s) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: 'story', dataset: { id: s.id }, 'aria-pressed': String(s.id === current), onclick: () => pickRoot(s.id) },
            s.title,
            el('span', { class: 'story-meta' }, `${plural(s.articleCount, 'article')} · ${plural(s.sourceCount, 'source')} · ${when(s.lastUpdatedAt)}`),
          ),
        ),
      ),
    );
    status.textContent = stories.length ? '' : query ? 'No story matches.' : 'No stories yet.';
  } catch (e) {
    if (mine !== listGeneration) return;
    status.textContent = e.message;
    status.classList.add('error');
  }
}

$('search').addEventListener('submit', (evt) => {
  evt.preventDefault();
  void loadStories($('query').value.trim());
});
$('show-hot').addEventListener('click', () => {
  $('query').value = '';
  void loadStories('');
});
$('key-form').addEventListener('submit', (evt) => {
  evt.preventDefault();
  const key = $('api-key').value.trim();
  if (!key) return;
  sessionStorage.setItem(KEY_STORE, key);
  $('api-key').value = '';
  showKeyForm(false);
  void loadStories($('query').value.trim());
  if (location.hash.length > 1) pickRoot(decodeURIComponent(location.hash.slice(1)));
});
$('forget-key').addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORE);
  showKeyForm(false);
  void loadStories($('query').value.trim());
});
showKeyForm(false);

// Handles for scripts and tests: the graph, and a way to find where a node is drawn.
window.newsgraphExplorer = {
  cy,
  /** Page coordinates of a drawn node's centre. */
  nodePosition(id) {
    const n = cy.getElementById(id);
    if (n.empty()) return null;
    const box = $('graph').getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  },
};

void loadStories('');
if (location.hash.length > 1) pickRoot(decodeURIComponent(location.hash.slice(1)));
