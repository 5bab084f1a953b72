package io.credlink;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Marks the thread serving a request that carries {@link GraphTransactions#CALL_HEADER} for
 * {@link GraphTransactions}, outside every other filter: authentication, the endpoint policy and
 * the access filter are part of what the request opens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphTransactionsFilter extends OncePerRequestFilter {

    private final GraphTransactions transactions;

    GraphTransactionsFilter(GraphTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(GraphTransactions.CALL_HEADER) == null;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String call = request.getHeader(GraphTransactions.CALL_HEADER);
        String outer = transactions.enter(call);
        try {
            chain.doFilter(request, response);
        } finally {
            // an async answer (a streamed body) ends in a later dispatch of the same call
            transactions.leave(call, outer, !request.isAsyncStarted());
        }
    }
}
