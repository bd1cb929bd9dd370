package com.studyhall.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Matches requests that no controller handles, so that security can let them through to an
 * honest 404. Without it an unknown address answers a visitor with the login page and an
 * administrator with "not found": the difference tells a stranger which addresses exist.
 *
 * <p>A request whose path is mapped but whose method or media type is not still counts as
 * mapped: it stays behind the rules of that path.
 */
final class UnmappedRequests implements RequestMatcher {

    private final ObjectProvider<HandlerMapping> controllers;

    UnmappedRequests(ObjectProvider<HandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HandlerMapping mapping = controllers.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        try {
            return mapping.getHandler(new PrivateAttributes(request)) == null;
        } catch (Exception pathExistsForAnotherMethodOrType) {
            return false;
        }
    }

    /** Keeps the attributes a handler lookup writes away from the real request. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> written = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (written.containsKey(name)) return written.get(name);
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            written.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            written.remove(name);
            removed.add(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(written.keySet());
            return Collections.enumeration(names);
        }
    }
}
