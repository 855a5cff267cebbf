"""The bundled knowledge base: YAML data only, packaged so that installs from a wheel find it."""
