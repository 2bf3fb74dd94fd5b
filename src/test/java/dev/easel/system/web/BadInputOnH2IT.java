package dev.easel.system.web;

import org.springframework.boot.test.context.SpringBootTest;

/** The same cases on the embedded default's database: H2 in PostgreSQL mode, in memory here. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:bad-input;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "easel.demo.load-on-empty-database=false",
            "easel.rules.watch.enabled=false"
        })
class BadInputOnH2IT extends BadInputCases {}
