#!/usr/bin/env python3
"""Reference outputs of scikit-learn for the decoder tests of org.neurocircuit.decode.

Generates small synthetic data sets (fixed seeds), fits scikit-learn's ridge regression,
multinomial logistic regression and linear discriminant analysis on them, and writes inputs and
outputs to bundles/org.neurocircuit.decode.tests/data/sklearn/{ridge,logistic,lda}.json, which the
Java tests read and compare against within tight tolerances.

Run from anywhere with Debian's python3 (python3-sklearn, python3-numpy):

    /usr/bin/python3 reference/sklearn/decoders_reference.py

The files are committed; rerunning must reproduce them (apart from version fields when
scikit-learn changes). Formulations matched (see the Java decoders' javadoc):

* ridge:    StandardScaler (when standardize) then Ridge(alpha=lambda, fit_intercept=True);
            coefficients reported in the features' own units (coef / scale).
* logistic: StandardScaler then LogisticRegression(multi_class="multinomial", C=1/lambda,
            solver="newton-cg", tol=1e-8): minimises sum(log-loss) + lambda/2 ||W||^2.
* lda:      LinearDiscriminantAnalysis(solver="lsqr", shrinkage=alpha or None), empirical priors.
"""

import json
import pathlib
import sys
import warnings

import numpy as np
import sklearn
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.preprocessing import StandardScaler

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "bundles" / "org.neurocircuit.decode.tests" / "data" / "sklearn"


def counts(rng, n, p, latent, gain):
    """Poisson spike counts of p neurons tuned linearly (with a floor) to a latent variable."""
    base = rng.uniform(1.0, 4.0, size=p)
    slopes = rng.normal(0.0, gain, size=p)
    rates = np.clip(base[None, :] + latent[:, None] * slopes[None, :], 0.05, None)
    return rng.poisson(rates).astype(float)


def raw_units(coef, intercept, scaler):
    """Coefficients of a pipeline StandardScaler -> linear model, in the features' own units."""
    if scaler is None:
        return coef, intercept
    c = coef / scaler.scale_[None, :]
    b = intercept - c @ scaler.mean_
    return c, b


def ridge_cases():
    rng = np.random.default_rng(20240611)
    n, n_test, p = 240, 60, 8
    latent = np.cumsum(rng.normal(0.0, 0.3, size=n + n_test))
    latent = (latent - latent.mean()) / latent.std()
    x = counts(rng, n + n_test, p, latent, 1.0)
    y = 3.0 * latent + rng.normal(0.0, 0.5, size=n + n_test) + 10.0
    cases = []
    for lam, standardize in [(0.0, True), (2.5, True), (40.0, True), (5.0, False)]:
        scaler = StandardScaler().fit(x[:n]) if standardize else None
        xt = scaler.transform(x[:n]) if scaler else x[:n]
        model = Ridge(alpha=lam, fit_intercept=True, solver="cholesky").fit(xt, y[:n])
        c, b = raw_units(model.coef_[None, :], np.array([model.intercept_]), scaler)
        xs = scaler.transform(x[n:]) if scaler else x[n:]
        cases.append({
            "name": f"lambda={lam}, standardize={standardize}",
            "parameters": {"lambda": repr(lam), "standardize": str(standardize).lower()},
            "xTrain": x[:n].tolist(), "yTrain": y[:n].tolist(), "xTest": x[n:].tolist(),
            "coef": c.tolist(), "intercept": b.tolist(), "predict": model.predict(xs).tolist(),
        })
    return cases


def class_data(rng, n, p, classes, separation):
    """Gaussian-ish count features whose means depend on the class; labels are class values."""
    labels = rng.integers(0, len(classes), size=n)
    means = rng.uniform(2.0, 6.0, size=(len(classes), p))
    means += separation * rng.normal(0.0, 1.0, size=(len(classes), p))
    mixing = np.eye(p) + 0.3 * rng.normal(0.0, 1.0, size=(p, p))
    noise = rng.normal(0.0, 1.0, size=(n, p)) @ mixing
    x = np.clip(means[labels] + noise, 0.0, None)
    return x, np.asarray(classes, dtype=float)[labels]


def logistic_gradient(coef, intercept, x, y, classes, lam):
    """Max |gradient| of sum(log-loss) + lam/2 ||W||^2 at (coef, intercept), standardised x."""
    scores = x @ coef.T + intercept
    scores -= scores.max(axis=1, keepdims=True)
    prob = np.exp(scores)
    prob /= prob.sum(axis=1, keepdims=True)
    onehot = (y[:, None] == np.asarray(classes)[None, :]).astype(float)
    r = prob - onehot
    return max(np.abs(r.T @ x + lam * coef).max(), np.abs(r.sum(axis=0)).max())


def logistic_cases():
    rng = np.random.default_rng(7)
    cases = []
    for name, classes, lam, sep in [("3 classes, lambda=1", [0.0, 50.0, 100.0], 1.0, 0.6),
                                    ("3 classes, lambda=0.1", [0.0, 50.0, 100.0], 0.1, 0.6),
                                    ("2 classes, lambda=2", [-1.0, 1.0], 2.0, 0.8)]:
        n, n_test, p = 300, 90, 6
        x, y = class_data(rng, n + n_test, p, classes, sep)
        scaler = StandardScaler().fit(x[:n])
        xt = scaler.transform(x[:n])
        with warnings.catch_warnings():
            # newton-cg's line search may give up at rounding level before tol; the gradient
            # printed below is the real check of convergence.
            warnings.simplefilter("ignore")
            model = LogisticRegression(multi_class="multinomial", C=1.0 / lam, solver="newton-cg", tol=1e-8,
                                       max_iter=100000).fit(xt, y[:n])
        coef, intercept = model.coef_, model.intercept_
        if len(classes) == 2 and coef.shape[0] == 1:
            # scikit-learn reports a binary multinomial fit by class 1's row alone; class 0's is its
            # negative (the penalised symmetric solution), as its predict_proba assumes.
            coef = np.vstack([-coef, coef])
            intercept = np.array([-intercept[0], intercept[0]])
        grad = logistic_gradient(coef, intercept, xt, y[:n], model.classes_, lam)
        c, b = raw_units(coef, intercept, scaler)
        xs = scaler.transform(x[n:])
        cases.append({
            "name": name, "parameters": {"lambda": repr(lam), "standardize": "true", "tolerance": "1e-12",
                                         "maxIterations": "100000"},
            "xTrain": x[:n].tolist(), "yTrain": y[:n].tolist(), "xTest": x[n:].tolist(),
            "classes": model.classes_.tolist(), "coef": c.tolist(), "intercept": b.tolist(),
            "predict": model.predict(xs).tolist(), "proba": model.predict_proba(xs).tolist(),
            "gradientAtSolution": float(grad),
        })
    return cases


def lda_cases():
    rng = np.random.default_rng(11)
    cases = []
    for name, shrinkage in [("no shrinkage", None), ("shrinkage 0.3", 0.3), ("shrinkage 1", 1.0)]:
        n, n_test, p = 300, 90, 5
        x, y = class_data(rng, n + n_test, p, [1.0, 2.0, 3.0], 0.5)
        model = LinearDiscriminantAnalysis(solver="lsqr", shrinkage=shrinkage).fit(x[:n], y[:n])
        cases.append({
            "name": name, "parameters": {"shrinkage": repr(0.0 if shrinkage is None else shrinkage)},
            "xTrain": x[:n].tolist(), "yTrain": y[:n].tolist(), "xTest": x[n:].tolist(),
            "classes": model.classes_.tolist(), "coef": model.coef_.tolist(), "intercept": model.intercept_.tolist(),
            "predict": model.predict(x[n:]).tolist(), "proba": model.predict_proba(x[n:]).tolist(),
        })
    return cases


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    versions = {"sklearn": sklearn.__version__, "numpy": np.__version__, "python": sys.version.split()[0]}
    for name, cases in [("ridge", ridge_cases()), ("logistic", logistic_cases()), ("lda", lda_cases())]:
        path = OUT / f"{name}.json"
        path.write_text(json.dumps({"generator": "reference/sklearn/decoders_reference.py", "versions": versions,
                                    "cases": cases}, indent=1) + "\n")
        extra = ""
        if name == "logistic":
            extra = ", max |gradient| at sklearn's solution: " + ", ".join(
                f"{c['gradientAtSolution']:.1e}" for c in cases)
        print(f"wrote {path.relative_to(ROOT)} ({len(cases)} cases{extra})")


if __name__ == "__main__":
    main()
