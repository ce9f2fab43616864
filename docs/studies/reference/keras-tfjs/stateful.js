// Reproduction of Brownlee's "stateful LSTM for a one-char to one-char mapping"
// (Understanding Stateful LSTM Recurrent Neural Networks in Python with Keras)
// using the tfjs-layers (Keras-compatible) API on the pure-JS CPU backend.
//
// Usage: node stateful.js --seed N --ract hardSigmoid|sigmoid [--eps 1e-7|1e-8|default]
//                         [--epochs 300] [--print-defaults]
const tf = require('@tensorflow/tfjs');

function arg(name, dflt) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}
const seed = parseInt(arg('seed', '1'), 10);
const ract = arg('ract', 'hardSigmoid');
const epsArg = arg('eps', '1e-7');
const epochs = parseInt(arg('epochs', '300'), 10);

async function printDefaults() {
  const l = tf.layers.lstm({units: 50});
  const d = tf.layers.dense({units: 26});
  const c = l.getConfig();
  console.log('tfjs LSTM defaults: kernelInitializer=' + JSON.stringify(c.kernelInitializer) +
    ' recurrentInitializer=' + JSON.stringify(c.recurrentInitializer) +
    ' biasInitializer=' + JSON.stringify(c.biasInitializer) +
    ' unitForgetBias=' + c.unitForgetBias + ' recurrentActivation=' + c.recurrentActivation +
    ' activation=' + c.activation);
  const dc = d.getConfig();
  console.log('tfjs Dense defaults: kernelInitializer=' + JSON.stringify(dc.kernelInitializer) +
    ' biasInitializer=' + JSON.stringify(dc.biasInitializer));
  const a = tf.train.adam(0.001);
  console.log('tfjs adam(0.001) defaults: beta1=' + a.beta1 + ' beta2=' + a.beta2 +
    ' epsilon=' + a.epsilon + ' (backend ' + tf.getBackend() + ')');
}

async function main() {
  await tf.setBackend('cpu');
  await tf.ready();
  if (process.argv.includes('--print-defaults')) { await printDefaults(); }

  // Data: A..Z; 25 pairs letter i -> letter i+1
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const n = alphabet.length - 1;
  const xs = [], ys = [];
  for (let i = 0; i < n; i++) {
    xs.push(i / alphabet.length);
    const oh = new Array(alphabet.length).fill(0);
    oh[i + 1] = 1;
    ys.push(oh);
  }
  const X = tf.tensor3d(xs, [n, 1, 1]);
  const y = tf.tensor2d(ys, [n, alphabet.length]);

  // Keras 2 defaults, set explicitly; distinct seeds per weight tensor derived from run seed
  const model = tf.sequential();
  model.add(tf.layers.lstm({
    units: 50, stateful: true, batchInputShape: [1, 1, 1],
    activation: 'tanh', recurrentActivation: ract,
    kernelInitializer: tf.initializers.glorotUniform({seed: seed * 100 + 1}),
    recurrentInitializer: tf.initializers.orthogonal({seed: seed * 100 + 2, gain: 1}),
    biasInitializer: 'zeros', unitForgetBias: true,
  }));
  model.add(tf.layers.dense({
    units: alphabet.length, activation: 'softmax',
    kernelInitializer: tf.initializers.glorotUniform({seed: seed * 100 + 3}),
    biasInitializer: 'zeros',
  }));
  const opt = epsArg === 'default' ? tf.train.adam(0.001, 0.9, 0.999)
                                   : tf.train.adam(0.001, 0.9, 0.999, parseFloat(epsArg));
  model.compile({loss: 'categoricalCrossentropy', optimizer: opt, metrics: ['accuracy']});

  const t0 = Date.now();
  let lastLoss = NaN, lastAcc = NaN;
  for (let e = 0; e < epochs; e++) {
    const h = await model.fit(X, y, {epochs: 1, batchSize: 1, shuffle: false, verbose: 0});
    lastLoss = h.history.loss[0];
    lastAcc = h.history.acc ? h.history.acc[0] : h.history.accuracy[0];
    model.resetStates();
  }
  const trainSec = (Date.now() - t0) / 1000;

  // Evaluate: state starts reset, predict 25 samples in order with state carried (batch 1).
  model.resetStates();
  let correct = 0, evalLoss = 0;
  const preds = [];
  for (let i = 0; i < n; i++) {
    const p = tf.tidy(() => model.predict(X.slice([i, 0, 0], [1, 1, 1])).dataSync());
    let am = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[am]) am = k;
    preds.push(alphabet[am]);
    if (am === i + 1) correct++;
    evalLoss += -Math.log(Math.max(p[i + 1], 1e-7));
  }
  evalLoss /= n;
  // Cross-check with model.evaluate (batch 1, after reset)
  model.resetStates();
  const ev = model.evaluate(X, y, {batchSize: 1});
  const evLoss = (await ev[0].data())[0], evAcc = (await ev[1].data())[0];

  const out = {
    seed, ract, eps: opt.epsilon, epochs,
    acc: correct / n, correct, evalLoss: +evalLoss.toFixed(5),
    tfEvaluateAcc: +evAcc.toFixed(4), tfEvaluateLoss: +evLoss.toFixed(5),
    finalTrainLoss: +lastLoss.toFixed(5), finalTrainAcc: +lastAcc.toFixed(4),
    trainSec: +trainSec.toFixed(1), preds: preds.join(''),
  };
  console.log('RESULT ' + JSON.stringify(out));
}
main().catch(e => { console.error(e); process.exit(1); });
