import { trainClassifier } from './src/nn/classifier.js';
trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs: 2, precision: 50 });
const r = trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs: 40, precision: 50 });
console.log(r.loss);
