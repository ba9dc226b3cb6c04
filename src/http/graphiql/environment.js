// Runs before GraphiQL's bundle: tells its editor (Monaco) where its web workers are, on this service.
(function () {
  var base = new URL('.', document.currentScript.src);
  var workers = {
    editorWorkerService: new URL('workers/editor.worker.js', base).href,
    json: new URL('workers/json.worker.js', base).href,
    graphql: new URL('workers/graphql.worker.js', base).href,
  };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return workers[label] || workers.editorWorkerService;
    },
  };
})();
