// Swagger UI over the contract the server is generated from. "Authorize" takes the
// access_token from POST /login.
window.ui = SwaggerUIBundle({
  url: '/docs/jobmatch.yaml',
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: false,
  persistAuthorization: false,
});
