/**
 * Joint sanctions: sanctions and credit records recorded by regulators, their withdrawal and
 * early end (credit repair) with history, the propagation rules of DESIGN.md loaded as data,
 * time-aware propagation with the path and rule behind every measure, what-if impact of a proposed
 * sanction, the restrictions in force on a party, and the red and black lists for publication.
 */
package io.credlink.sanction;
