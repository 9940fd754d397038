/** compromise/two, with its tagger's words loaded from a snapshot (./compromise-two.js). */
import nlp from 'compromise/two';

export default nlp;
