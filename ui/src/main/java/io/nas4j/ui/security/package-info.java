/**
 * Who may talk to the UI: loopback host check against DNS rebinding, the access token for
 * non-loopback binding, and the security headers every response carries.
 */
package io.nas4j.ui.security;
