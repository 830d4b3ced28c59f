"""Disjoint sets: which items ended up in the same group (quotations, candidate events)."""


class DisjointSets:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def root(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.root(a)] = self.root(b)

    def roots(self) -> list[int]:
        return [self.root(i) for i in range(len(self.parent))]
