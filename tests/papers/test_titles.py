"""The title comparison behind paper-link-mismatch, pinned on real titles from paper lists."""

from __future__ import annotations

import pytest

from awesomelint.papers.titles import THRESHOLD, normalise, same_title, similarity

SAME = [
    # punctuation dropped or changed
    ("Is ChatGPT a Good Recommender A Preliminary Study", "Is ChatGPT a Good Recommender? A Preliminary Study"),
    ("Where to Go Next for Recommender Systems? ID-vs. Modality-based recommender models revisited",
     "Where to Go Next for Recommender Systems? ID- vs. Modality-based Recommender Models Revisited"),
    ("Uncovering ChatGPT’s Capabilities in Recommender Systems",
     "Uncovering ChatGPT's Capabilities in Recommender Systems"),
    # case and spacing
    ("Ninerec: A benchmark dataset suite for evaluating transferable recommendation",
     "NineRec: A Benchmark Dataset Suite for Evaluating Transferable Recommendation"),
    ("TALLRec: An Effective and Efficient Tuning Framework to Align Large  Language Model with Recommendation",
     "TALLRec: An Effective and Efficient Tuning Framework to Align Large Language Model with Recommendation"),
    # LaTeX, HTML entities, Unicode forms and accents
    ("On the $\\mathcal{O}(n)$ Complexity of {BERT} Attention", "On the O(n) Complexity of BERT Attention"),
    ("Recommendation as Language Processing (RLP): A Unified Pretrain, Personalized Prompt &amp; Predict Paradigm (P5)",
     "Recommendation as Language Processing (RLP): A Unified Pretrain, Personalized Prompt & Predict Paradigm (P5)"),
    ("Ｔｒａｎｓｆｏｒｍｅｒｓ for Café Reviews", "Transformers for Cafe Reviews"),
    # hyphenation, spelling variants and one small edit in a long title
    ("Curriculum Pretraining Heterogeneous Subgraph Transformer for Top-N Recommendation",
     "Curriculum Pre-Training Heterogeneous Subgraph Transformer for Top-N Recommendation"),
    ("Pre-train, Prompt and Recommendation: A Comprehensive Survey of Language Modelling Paradigm Adaptations in "
     "Recommender Systems", "Pre-train, Prompt, and Recommendation: A Comprehensive Survey of Language Modeling "
     "Paradigm Adaptations in Recommender Systems"),
    ("PixelRec: A Image Dataset for Benchmarking Recommender Systems with Raw Pixels",
     "An Image Dataset for Benchmarking Recommender Systems with Raw Pixels"),
    # a subtitle on one side only
    ("BERT4Rec", "BERT4Rec: Sequential Recommendation with Bidirectional Encoder Representations from Transformer"),
    ("Where to Go Next for Recommender Systems", "Where to Go Next for Recommender Systems? ID- vs. Modality-based "
     "Recommender Models Revisited"),
]

DIFFERENT = [
    # the reference list's copy-paste slip (lines 43 and 48 link the same arXiv paper)
    ("One Person, One Model, One World: Learning Continual User Representation without Forgetting",
     "Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation"),
    # one changed word in a short title is another paper
    ("Self-supervised Graph Learning for Recommendation", "Self-supervised Hypergraph Learning for Recommendation"),
    ("Large Language Models are Zero-Shot Rankers for Recommender Systems",
     "Large Language Models are Zero-Shot Reasoners"),
    ("Self-supervised Learning for Large-scale Item Recommendations",
     "Self-Supervised Learning for Recommender Systems: A Survey"),
    # the same main title with two different subtitles: two papers
    ("LLMRec: Large Language Models with Graph Augmentation for Recommendation",
     "LLMRec: Benchmarking Large Language Models on Recommendation Task"),
    ("Is ChatGPT Good at Search? Investigating Large Language Models as Re-Ranking Agent",
     "Is ChatGPT a Good Recommender? A Preliminary Study"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_paper_titles_match(a: str, b: str) -> None:
    assert same_title(a, b) and same_title(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_papers_do_not_match(a: str, b: str) -> None:
    assert not same_title(a, b) and not same_title(b, a)
    assert similarity(a, b) < THRESHOLD


def test_normalise_folds_markup_case_accents_and_punctuation() -> None:
    assert normalise("  Sch\\\"{o}lkopf's $\\alpha$-Nets &amp; Café: ＡＩ!  ") == "scholkopf s nets and cafe ai"


def test_an_empty_title_never_matches() -> None:
    assert not same_title("", "Anything at all here")
    assert similarity("", "") == 0.0
