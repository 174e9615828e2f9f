"""Optional polish by a language model behind an OpenAI-compatible chat endpoint (Ollama, llama.cpp, vLLM, hosted).

Off unless configured. The model gets the draft and the facts and is told to add nothing; the API then
checks its text (new names or numbers, length, the critic) and keeps the deterministic draft on any failure.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol

SYSTEM = ("You polish interview answers. Rewrite the answer so it reads naturally when spoken, in the first person, "
          "150-250 words, keeping its three parts (short-term focus, the bridge, the long-term vision). "
          "Use ONLY the facts given: add no names, numbers, employers, tools or claims. No cliches. "
          "Reply with the answer text only.")


class ChatModel(Protocol):
    """Anything that turns chat messages into a reply."""

    def complete(self, messages: list[dict[str, str]]) -> str: ...


class PolishError(Exception):
    """The model could not be reached or answered nothing usable."""


@dataclass(frozen=True)
class OpenAICompatible:
    """A chat-completions endpoint: `url` is the server's base (…/v1) or the full …/chat/completions address."""

    url: str
    model: str
    key: str = ""
    timeout: float = 20.0

    def complete(self, messages: list[dict[str, str]]) -> str:
        url = self.url.rstrip("/")
        if not url.endswith("/chat/completions"):
            url += "/chat/completions"
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (a user-configured server)
                data = json.loads(resp.read().decode("utf-8"))
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise PolishError(f"the language model at {url} could not be reached: {getattr(e, 'reason', e)}") from None
        except (ValueError, UnicodeDecodeError):
            raise PolishError(f"the language model at {url} answered something that is not JSON") from None
        try:
            text = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise PolishError("the language model's reply has no choices[0].message.content") from None
        if not isinstance(text, str) or not text.strip():
            raise PolishError("the language model answered with an empty text")
        return text.strip()


def messages_for(draft_text: str, facts: str) -> list[dict[str, str]]:
    """The chat messages: the rules, then the facts and the draft."""
    return [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"FACTS (the only facts you may use):\n{facts}\n\nANSWER TO POLISH:\n{draft_text}"}]
