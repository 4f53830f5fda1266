/* privdocs: Material for MkDocs' inline script "partials/javascripts/content.html" (9.8) as a file, so that the pages' Content-Security-Policy can forbid inline scripts.  */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
