package delegation

import "strings"

// Numbers in goals come as digits ("30", "1,000", "10k") or as words ("three",
// "twenty-five", "a dozen", "one hundred and fifty").

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleNumbers = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6, "dozen": 12}

// numberWord reports the value of one number word, including hyphenated
// compounds such as "twenty-five".
func numberWord(w string) (float64, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	if tens, units, ok := strings.Cut(w, "-"); ok {
		t, ok1 := smallNumbers[tens]
		u, ok2 := smallNumbers[units]
		if ok1 && ok2 && t >= 20 && int(t)%10 == 0 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// numberAt reads a number at toks[i]: digits, or a run of number words. It
// returns the value and how many tokens it spans.
func numberAt(toks []token, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	t := toks[i]
	if t.kind == number {
		return t.num, 1, true
	}
	if t.kind != word {
		return 0, 0, false
	}
	// "a hundred", "a dozen", "a thousand"
	if t.text == "a" || t.text == "an" {
		if i+1 < len(toks) {
			if s, ok := scaleNumbers[toks[i+1].text]; ok {
				v, n, _ := wordsNumber(toks, i+2, s)
				return v, n + 2, true
			}
		}
		return 0, 0, false
	}
	if t.text == "half" {
		return 0.5, 1, true
	}
	v, ok := numberWord(t.text)
	if !ok {
		return 0, 0, false
	}
	// "one of the juniors" and "one-off" are not counts, nor "the old one
	// goes out of support" or "our current one is slow", where "one" is the
	// subject of a verb.
	if t.text == "one" && i+1 < len(toks) && (toks[i+1].text == "of" || toks[i+1].text == "another") {
		return 0, 0, false
	}
	if t.text == "one" && (determinerAt(toks, i-1) || determinerAt(toks, i-2) && toks[i-1].kind == word) &&
		i+1 < len(toks) && isFiniteVerb(toks[i+1].text) {
		return 0, 0, false
	}
	total, n, _ := wordsNumber(toks, i+1, v)
	return total, n + 1, true
}

// wordsNumber continues a number-word run whose value so far is current,
// starting at toks[i]; it returns the total and the extra tokens read.
func wordsNumber(toks []token, i int, current float64) (float64, int, bool) {
	var total float64
	n := 0
	for i+n < len(toks) {
		t := toks[i+n]
		if t.kind != word {
			break
		}
		if s, ok := scaleNumbers[t.text]; ok {
			if s >= 1000 {
				total += current * s
				current = 0
			} else {
				current *= s
			}
			n++
			continue
		}
		if v, ok := numberWord(t.text); ok && v < 100 {
			// "twenty five" but not "five twenty"
			if current >= 20 && int(current)%10 == 0 && int(current) < 100 && v < 10 || int(current)%100 == 0 && current > 0 {
				current += v
				n++
				continue
			}
			break
		}
		// "one hundred and fifty"
		if t.text == "and" && current >= 100 && i+n+1 < len(toks) {
			if _, ok := numberWord(toks[i+n+1].text); ok {
				n++
				continue
			}
		}
		break
	}
	return total + current, n, true
}

// determinerAt reports a word at toks[i] that opens a noun phrase ("the",
// "our", "that"): "one" after it is a pronoun ("the old one", "our current
// one"), not a count.
func determinerAt(toks []token, i int) bool {
	return i >= 0 && i < len(toks) && (isDeterminer(toks[i].text) || toks[i].text == "that")
}

// isFiniteVerb reports a word that reads as the verb of a subject before it:
// an auxiliary ("is", "will") or an unknown word in -s ("goes", "breaks").
func isFiniteVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "had", "will", "would", "can", "could", "should", "must", "does", "did":
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && classOf(w) == 0
}
