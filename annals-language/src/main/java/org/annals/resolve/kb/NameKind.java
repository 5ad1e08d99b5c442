package org.annals.resolve.kb;

/** What a name of the knowledge base stands for. */
public enum NameKind {
    COUNTRY, DEMONYM, METONYM, ORGANIZATION, PERSON, ROLE
}
