/**
 * The analyst web pages (static assets only) and the one advice that turns every error into
 * RFC 9457 problem details.
 */
package io.credlink.web;
