// One fresh process's timing of the typical articles (bench/speed.ts), printed as one JSON line of rows. run.ts
// starts three and takes each figure's median: the core's median moves by up to 10% from one process to the next
// (how the JIT happened to compile it), and a ratio read from one process alone flipped across the 10x target.
import { engine } from './built';
import { timeArticles } from './speed';
import { typicalArticles, typicalCases } from './typical';

process.stdout.write(`${JSON.stringify(timeArticles(engine, typicalCases(typicalArticles(engine))))}\n`);
