/**
 * Entity resolution: standardises the fields that identify a party (GB 11643 id numbers, GB 32100
 * credit codes, names in NFKC, simplified characters and pinyin, identifiers), finds candidate
 * pairs by blocking, scores them with a Fellegi–Sunter model estimated from the data, clusters
 * MATCH and CONFIRMED links into resolved entities under the cannot-links of DIFFERENT decisions,
 * and keeps the review queue of POSSIBLE pairs (docs/resolution.md).
 */
package io.credlink.resolution;
