package dev.easel.system.demo;

/** Who buys: people, art schools, and organisations such as event organisers. */
enum CustomerType {
    INDIVIDUAL,
    SCHOOL,
    ORGANISATION
}
