using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Schema;

public sealed class SchemaDescriptionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void EveryTypeFieldAndArgumentHasADescription()
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        var fields = 0;
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is ScalarGraphType && type.Name is "String" or "Int" or "Float" or "Boolean" or "ID")
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    fields++;
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description))
                        {
                            missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                        }
                    }
                }
            }
        }

        Assert.True(fields > 100, $"only {fields} fields looked at");
        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));
    }
}
