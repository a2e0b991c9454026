/**
 * Running the service in front of the public: the actuator endpoints' access rules (health open, Prometheus behind a
 * bearer token in production), the Content-Security-Policy of every page, and where {@code GET /} leads.
 */
package jp.chigasaki.kyodo.operations;
