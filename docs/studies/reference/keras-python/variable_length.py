"""The tutorial's variable-length scenario in real Keras (TensorFlow backend), as a reference for alphabench.

Brownlee, "Understanding Stateful LSTM Recurrent Neural Networks in Python with Keras", last listing
("LSTM with Variable-Length Input to One-Char Output"), ported to Keras 3 names only:
np_utils.to_categorical -> keras.utils.to_categorical, keras.preprocessing.sequence.pad_sequences ->
keras.utils.pad_sequences. The data come from numpy.random.seed(7) as in the tutorial (--data-seed);
--seed seeds Keras' initialisers and its per-epoch shuffling (the tutorial leaves them unseeded).

Besides the tutorial's final model.evaluate, the accuracy on the 1000 training sequences is recorded after
every epoch (one batched forward pass, training=False), so the spread of the last epochs can be compared
with alphabench's DL4J run. Output: one JSON line per epoch and a final RESULT line.
"""
import argparse
import json
import os
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--data-seed", type=int, default=7)
parser.add_argument("--epochs", type=int, default=500)
parser.add_argument("--mask", action="store_true", help="Masking(0) layer before the LSTM (not in the tutorial)")
parser.add_argument("--threads", type=int, default=1)
parser.add_argument("--steps-per-execution", type=int, default=1,
                    help="train steps per compiled call (same updates, less Python overhead per step)")
parser.add_argument("--jit", action="store_true", help="compile the train step with XLA")
args = parser.parse_args()

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

tf.config.threading.set_intra_op_parallelism_threads(args.threads)
tf.config.threading.set_inter_op_parallelism_threads(args.threads)

# --- data, exactly as the tutorial ---
numpy.random.seed(args.data_seed)
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
char_to_int = dict((c, i) for i, c in enumerate(alphabet))
num_inputs = 1000
max_len = 5
dataX = []
dataY = []
for i in range(num_inputs):
    start = numpy.random.randint(len(alphabet) - 2)
    end = numpy.random.randint(start, min(start + max_len, len(alphabet) - 1))
    sequence_in = alphabet[start:end + 1]
    sequence_out = alphabet[end + 1]
    dataX.append([char_to_int[char] for char in sequence_in])
    dataY.append(char_to_int[sequence_out])
X = keras.utils.pad_sequences(dataX, maxlen=max_len, dtype="float32")
X = numpy.reshape(X, (X.shape[0], max_len, 1))
X = X / float(len(alphabet))
y = keras.utils.to_categorical(dataY)

# --- model, exactly as the tutorial (plus an optional mask) ---
keras.utils.set_random_seed(args.seed)
model = keras.Sequential()
model.add(keras.Input(shape=(X.shape[1], 1)))
if args.mask:
    model.add(keras.layers.Masking(mask_value=0.0))
model.add(keras.layers.LSTM(32))
model.add(keras.layers.Dense(y.shape[1], activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"],
              steps_per_execution=args.steps_per_execution, jit_compile=args.jit)

labels = numpy.argmax(y, axis=1)


class EveryEpoch(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.train_seconds = 0.0
        self.t0 = None

    def on_epoch_begin(self, epoch, logs=None):
        self.t0 = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.train_seconds += time.perf_counter() - self.t0
        predicted = numpy.argmax(self.model(X, training=False).numpy(), axis=1)
        acc = float(numpy.mean(predicted == labels))
        print(json.dumps({"epoch": epoch + 1, "loss": round(float(logs["loss"]), 6),
                          "fit_accuracy": round(float(logs["accuracy"]), 4), "accuracy": acc,
                          "train_s": round(self.train_seconds, 1)}), flush=True)


cb = EveryEpoch()
model.fit(X, y, epochs=args.epochs, batch_size=1, verbose=0, callbacks=[cb])
scores = model.evaluate(X, y, verbose=0)
print("RESULT " + json.dumps({"seed": args.seed, "data_seed": args.data_seed, "mask": args.mask,
                               "epochs": args.epochs, "steps_per_execution": args.steps_per_execution, "jit": args.jit, "accuracy": float(scores[1]), "loss": float(scores[0]),
                               "train_s": round(cb.train_seconds, 1), "tensorflow": tf.__version__,
                               "keras": keras.__version__}), flush=True)
