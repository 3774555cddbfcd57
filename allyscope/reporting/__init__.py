"""Reports and charts built from the knowledge base: self-contained HTML or Markdown, SVG and PNG charts."""
