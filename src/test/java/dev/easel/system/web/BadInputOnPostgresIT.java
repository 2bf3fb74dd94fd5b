package dev.easel.system.web;

import dev.easel.testing.PostgresIntegrationTest;

@PostgresIntegrationTest
class BadInputOnPostgresIT extends BadInputCases {}
