# Rule: a class statement makes a type: class attributes, __init__, methods bound to the instance, inheritance with super(), property, staticmethod and classmethod, and __repr__ wherever a value is shown.
import asyncio


class Account:
    bank = "Simbank"
    opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.opened += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot go negative")
        self._balance = value

    def deposit(self, amount):
        self.balance += amount
        return self

    @staticmethod
    def fee(amount):
        return amount // 100

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    rate = 3

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.history = []

    def deposit(self, amount):
        self.history.append(amount)
        return super().deposit(amount + self.fee(amount))

    def __str__(self):
        return f"savings of {self.owner}"


async def main():
    a = Account("ann", 10)
    s = Savings.empty("bob")
    s.deposit(500).deposit(250)
    print(a, s, [a, s], {"s": s})
    print(str(s), f"{s}", f"{s!r}", s.history, s.balance)
    print(Account.opened, Savings.opened, s.bank, Savings.rate, Account.fee(1234))
    print(type(s).__name__, type(s).__qualname__, isinstance(s, Account), issubclass(Savings, Account))
    print([c.__name__ for c in Savings.__mro__])
    try:
        a.balance = -1
    except ValueError as e:
        print("refused:", e)
    a.nickname = "a1"
    print(a.nickname, getattr(a, "missing", "default"), hasattr(a, "deposit"), hasattr(a, "toString"))
    try:
        a.missing
    except AttributeError as e:
        print(e)
    m = a.deposit
    print(m.__name__, m(5).balance)


asyncio.run(main())
