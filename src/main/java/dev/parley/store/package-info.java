/**
 * The TDB2 store: opening it safely, loading articles atomically and idempotently, validating what it holds.
 * Depends on {@code input}, {@code extract}, {@code model} and {@code vocab}.
 */
package dev.parley.store;
