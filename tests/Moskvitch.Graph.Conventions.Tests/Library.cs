using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions.Tests;

/// <summary>An author: the kind of entity the conventions serve (an int Id, scalars, a list of books).</summary>
public sealed class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? Born { get; set; }
    public List<Book> Books { get; set; } = [];
}

/// <summary>A book, with a reference to its author.</summary>
public sealed class Book
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public int Year { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
}

public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    /// <summary>The schema and its rows, in SQL.</summary>
    public const string Sql = """
        CREATE TABLE author (id integer PRIMARY KEY, name text NOT NULL, born integer);
        CREATE TABLE book (id integer PRIMARY KEY, title text NOT NULL, year integer NOT NULL, author_id integer NOT NULL REFERENCES author);
        CREATE INDEX book_author_year ON book (author_id, year, id);
        INSERT INTO author VALUES (1, 'Tolstoy', 1828), (2, 'Akhmatova', 1889), (3, 'Bulgakov', 1891), (4, 'Anonymous', NULL);
        INSERT INTO book VALUES
            (1, 'War and Peace', 1869, 1), (2, 'Anna Karenina', 1878, 1), (3, 'Hadji Murat', 1912, 1),
            (4, 'Requiem', 1963, 2), (5, 'Evening', 1912, 2),
            (6, 'The Master and Margarita', 1967, 3), (7, 'Heart of a Dog', 1987, 3), (8, 'The White Guard', 1925, 3),
            (9, 'What Is Art?', 1897, 1);
        """;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Author>().ToTable("author");
        modelBuilder.Entity<Book>(b =>
        {
            b.ToTable("book");
            b.HasOne(x => x.Author).WithMany(x => x.Books).HasForeignKey(x => x.AuthorId);
        });
    }
}

public sealed class AuthorGraphType : ObjectGraphType<Author>
{
    public AuthorGraphType()
    {
        Name = "Author";
        this.AddGlobalId();
        Field(a => a.Name);
        Field(a => a.Born, nullable: true);
        this.AddConnection<Author, Book>("books", "The author's books, oldest first.", b => b.AuthorId, [DataArguments.By((Book b) => b.Year)]);
    }
}

public sealed class BookGraphType : ObjectGraphType<Book>
{
    public BookGraphType()
    {
        Name = "Book";
        this.AddGlobalId();
        Field(b => b.Title);
        Field(b => b.Year);
        Field<NonNullGraphType<AuthorGraphType>>("author").Resolve(c => c.LoadById(c.Source.Author, c.Source.AuthorId));
    }
}

public sealed class LibraryQuery : ObjectGraphType
{
    public LibraryQuery()
    {
        Name = "Query";
        this.AddLookup<Book, BookGraphType>("book", "Book", "A book by global id.", bySlug: false);
        this.AddConnection<Book>("books", "Every book, by title.", [DataArguments.By((Book b) => b.Title)]);
        this.AddConnection<Author>("authors", "Every author, by name.", [DataArguments.By((Author a) => a.Name)]);
        this.AddNodeQueries();
    }
}

public sealed class LibrarySchema : ConventionSchema
{
    public LibrarySchema(IServiceProvider services, LibraryQuery query, EntityKinds kinds)
        : base(services, query, kinds)
    {
    }
}
