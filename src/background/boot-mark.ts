// Imported first by the worker's entry, so its mark (test build only) is the moment the worker's own code starts to
// run: the speed test splits a cold start into loading the script, evaluating the engine, and the first analysis.
import { mark } from './timing';

mark('worker:boot');
