/**
 * What keeps the platform answering when things go wrong around it: concurrent requests in one
 * session, a database that goes away for a while, nodes that start and stop. See
 * docs/operations.md, "What happens when".
 */
package com.studyhall.resilience;
