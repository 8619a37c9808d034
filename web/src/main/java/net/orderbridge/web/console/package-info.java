/**
 * The operator console's delivery: its static files (under {@code /console/}, React and htm from
 * WebJars on the class path) with a strict Content-Security-Policy, and {@code /} sending browsers
 * there. The console itself only speaks the REST API.
 */
package net.orderbridge.web.console;
