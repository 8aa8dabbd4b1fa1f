/**
 * How sure a fact is (shared knowledge files): the text of the rule itself,
 * reported by a reliable source, or unconfirmed (never presented as fact).
 */
export type Confidence = 'text' | 'reported' | 'unconfirmed';
