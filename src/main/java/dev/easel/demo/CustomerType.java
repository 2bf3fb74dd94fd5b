package dev.easel.demo;

/** Who buys: people, art schools, and organisations such as event organisers. */
enum CustomerType {
    INDIVIDUAL,
    SCHOOL,
    ORGANISATION
}
