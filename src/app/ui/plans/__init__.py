"""Plans: the client's plan list, the plan editor with live findings, products, templates."""
