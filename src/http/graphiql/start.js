// Renders GraphiQL with the options the server put in the page as JSON data (no inline script, see the CSP).
(function () {
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
})();
