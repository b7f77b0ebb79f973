"""The Redis plumbing of optout: keys, scripts, pipelining, connections and local servers."""
