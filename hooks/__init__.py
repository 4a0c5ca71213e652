"""Build-time logic of the Parting Ways site: MkDocs hooks and the plain functions behind them."""
