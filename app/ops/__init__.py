"""Operations: the dashboard, health figures, Prometheus metrics and probes."""
