package pagetype

import "math"

// linearModel holds a weight vector per type over the features, in the
// order of featureNames; the score of a type is the dot product.
type linearModel struct {
	weights [numTypes][]float64
}

func dot(w, x []float64) float64 {
	var s float64
	for i := range min(len(w), len(x)) {
		s += w[i] * x[i]
	}
	return s
}

// softmax returns the probabilities of the logits.
func softmax(logits []float64) []float64 {
	m := logits[0]
	for _, l := range logits {
		m = max(m, l)
	}
	out := make([]float64, len(logits))
	var sum float64
	for i, l := range logits {
		out[i] = math.Exp(l - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// fit returns the multinomial logistic regression of the labels on the
// feature vectors xs, with an L2 penalty lambda on every weight but the
// bias. Features are standardised for the descent and the weights brought
// back to the raw features, so the model scores raw vectors. It is
// deterministic: full-batch gradient descent from zero weights.
func fit(xs [][]float64, labels []Type, lambda float64, steps int) linearModel {
	n, d := len(xs), len(featureNames)
	mean, std := make([]float64, d), make([]float64, d)
	for _, x := range xs {
		for i, v := range x {
			mean[i] += v / float64(n)
		}
	}
	for _, x := range xs {
		for i, v := range x {
			std[i] += (v - mean[i]) * (v - mean[i]) / float64(n)
		}
	}
	z := make([][]float64, n)
	for j, x := range xs {
		z[j] = make([]float64, d)
		for i, v := range x {
			if i == 0 {
				z[j][i] = 1
				continue
			}
			if std[i] > 0 {
				z[j][i] = (v - mean[i]) / math.Sqrt(std[i])
			}
		}
	}
	var w [numTypes][]float64
	for t := range w {
		w[t] = make([]float64, d)
	}
	const rate = 0.5
	grad := make([][]float64, numTypes)
	for t := range grad {
		grad[t] = make([]float64, d)
	}
	logits := make([]float64, numTypes)
	for range steps {
		for t := range grad {
			clear(grad[t])
		}
		for j, x := range z {
			for t := range logits {
				logits[t] = dot(w[t], x)
			}
			p := softmax(logits)
			for t := range p {
				g := p[t]
				if labels[j] == Type(t) {
					g--
				}
				for i, v := range x {
					grad[t][i] += g * v / float64(n)
				}
			}
		}
		for t := range w {
			for i := range w[t] {
				g := grad[t][i]
				if i > 0 {
					g += lambda * w[t][i]
				}
				w[t][i] -= rate * g
			}
		}
	}
	// Back to raw features: w·z = Σ w_i (x_i - m_i)/s_i + w_0.
	var m linearModel
	for t := range w {
		raw := make([]float64, d)
		raw[0] = w[t][0]
		for i := 1; i < d; i++ {
			if std[i] > 0 {
				s := math.Sqrt(std[i])
				raw[i] = w[t][i] / s
				raw[0] -= w[t][i] * mean[i] / s
			}
		}
		m.weights[t] = raw
	}
	return m
}
